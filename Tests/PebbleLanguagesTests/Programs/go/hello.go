package main

import "fmt"

func main() {
	var name string
	fmt.Scan(&name)
	fmt.Println("hello " + name)
}
