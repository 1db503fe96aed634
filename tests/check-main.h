/* check-main.h - every unit test file provides make_suite(); check-main.c runs it. */
#ifndef CHECK_MAIN_H
#define CHECK_MAIN_H

#include <check.h>

Suite *make_suite(void);

#endif
