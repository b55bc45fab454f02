module github.com/pygo/pygo

go 1.26

require golang.org/x/text v0.34.0
