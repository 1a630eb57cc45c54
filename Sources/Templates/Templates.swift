// Templates stage
