module xigong

go 1.26
