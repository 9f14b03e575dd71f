package main

import "fmt"

func main() {
	var xs []int
	var i int
	fmt.Scan(&i)
	fmt.Println(xs[i+3])
}
