package main

import "fmt"

func main() {
	var x int = "text"
	fmt.Println(x)
}
