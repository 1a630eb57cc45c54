// Layout stage
