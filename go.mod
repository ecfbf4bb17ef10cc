module xigong

go 1.26

require github.com/go-echarts/go-echarts/v2 v2.6.7 // indirect
