/* doctor.h - `sandexec doctor`: is this machine ready to run strategies? */
#ifndef SX_DOCTOR_H
#define SX_DOCTOR_H

#include <stdio.h>

#include "config.h"

/* Run every check, one line each on out ("ok  ", "FAIL", "warn"), and
 * return the number of failed checks. */
int sx_doctor(const struct sx_config *cfg, FILE *out, int64_t timeout_ms);

#endif
