(e := exec)
