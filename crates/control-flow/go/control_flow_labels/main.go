// Go's labels: a break inside a switch or a select leaves only that
// statement, not the for loop around it; break Label and continue Label
// reach the loop the label names.
package main

import "fmt"

func main() {
	commands := []string{"add", "add", "quit", "add"}

	// ANCHOR: break_switch
	adds := 0
	for _, c := range commands {
		switch c {
		case "quit":
			break // leaves the switch: the loop goes on to the next command
		case "add":
			adds++
		}
	}
	fmt.Println("adds counted with break:", adds)
	// ANCHOR_END: break_switch

	// ANCHOR: break_label
	adds = 0
Commands:
	for _, c := range commands {
		switch c {
		case "quit":
			break Commands // leaves the for loop
		case "add":
			adds++
		}
	}
	fmt.Println("adds counted with break Commands:", adds)
	// ANCHOR_END: break_label

	// ANCHOR: break_select
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	sum, rounds := 0, 0
	for rounds < 5 { // a guard for the demonstration: `for {}` would spin forever
		rounds++
		select {
		case v, ok := <-ch:
			if !ok {
				break // leaves the select, not the loop
			}
			sum += v
		}
	}
	fmt.Println("select with break: rounds", rounds, "sum", sum)
	// ANCHOR_END: break_select

	// ANCHOR: break_select_label
	ch = make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	sum, rounds = 0, 0
Receive:
	for rounds < 5 {
		rounds++
		select {
		case v, ok := <-ch:
			if !ok {
				break Receive // leaves the for loop
			}
			sum += v
		}
	}
	fmt.Println("select with break Receive: rounds", rounds, "sum", sum)
	// ANCHOR_END: break_select_label

	// ANCHOR: continue_label
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
Rows:
	for r, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue Rows // on with the next row
			}
		}
		fmt.Println("row", r, "has no negative number:", row)
	}
	// ANCHOR_END: continue_label

	// ANCHOR: search
	found, at := false, [2]int{}
Search:
	for r, row := range grid {
		for c, v := range row {
			if v == 8 {
				found, at = true, [2]int{r, c}
				break Search
			}
		}
	}
	fmt.Println("found 8:", found, "at", at)
	// ANCHOR_END: search
}
