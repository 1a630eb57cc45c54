// Label stage
