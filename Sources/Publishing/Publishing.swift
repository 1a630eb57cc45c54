// Publishing stage
