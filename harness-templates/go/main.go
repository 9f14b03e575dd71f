// PebbleCode's function-mode driver for Go (docs/function-mode.md), rendered for one signature.
// It calls the learner's function once per case with the case's arguments and writes one JSON line
// per case to the results file: the result, or the panic and the learner's line. Expected values
// never enter the box.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

func pbRead[T any](raw json.RawMessage) T {
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		panic(fmt.Sprintf("driver: cannot read %s as %T: %v", raw, v, err))
	}
	return v
}

func pbChar(raw json.RawMessage) byte {
	s := pbRead[string](raw)
	if s == "" {
		return 0
	}
	return s[0]
}

func pbChars(raw json.RawMessage) []byte {
	var out []byte
	for _, s := range pbRead[[]string](raw) {
		out = append(out, pbChar(json.RawMessage(strconv.Quote(s))))
	}
	return out
}

func pbChars2(raw json.RawMessage) [][]byte {
	var out [][]byte
	for _, row := range pbRead[[]json.RawMessage](raw) {
		out = append(out, pbChars(row))
	}
	return out
}

func pbList(raw json.RawMessage) *ListNode {
	values := pbRead[[]int](raw)
	var head *ListNode
	for i := len(values) - 1; i >= 0; i-- {
		head = &ListNode{Val: values[i], Next: head}
	}
	return head
}

func pbTree(raw json.RawMessage) *TreeNode {
	values := pbRead[[]*int](raw)
	if len(values) == 0 || values[0] == nil {
		return nil
	}
	nodes := make([]*TreeNode, len(values))
	for i, v := range values {
		if v != nil {
			nodes[i] = &TreeNode{Val: *v}
		}
	}
	k := 1
	for _, n := range nodes {
		if n == nil {
			continue
		}
		if k < len(nodes) {
			n.Left = nodes[k]
		}
		if k+1 < len(nodes) {
			n.Right = nodes[k+1]
		}
		k += 2
	}
	return nodes[0]
}

// pbJSON writes a result canonically: slices as arrays (nil is empty), bytes as one-character
// strings, lists and trees as their arrays.
func pbJSON(v reflect.Value, out *strings.Builder) {
	switch x := v.Interface().(type) {
	case *ListNode:
		out.WriteByte('[')
		for k := 0; x != nil; x, k = x.Next, k+1 {
			if k > 1000000 {
				panic("the returned list has a cycle")
			}
			if k > 0 {
				out.WriteByte(',')
			}
			out.WriteString(strconv.Itoa(x.Val))
		}
		out.WriteByte(']')
		return
	case *TreeNode:
		var level []string
		queue := []*TreeNode{x}
		for i := 0; i < len(queue); i++ {
			if len(queue) > 2000000 {
				panic("the returned tree is too large or has a cycle")
			}
			n := queue[i]
			if n == nil {
				level = append(level, "null")
				continue
			}
			level = append(level, strconv.Itoa(n.Val))
			queue = append(queue, n.Left, n.Right)
		}
		for len(level) > 0 && level[len(level)-1] == "null" {
			level = level[:len(level)-1]
		}
		out.WriteString("[" + strings.Join(level, ",") + "]")
		return
	case byte:
		if x == 0 {
			out.WriteString(`""`)
		} else {
			out.WriteString(strconv.Quote(string([]byte{x})))
		}
		return
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			out.WriteString("null")
			return
		}
	}
	if v.Kind() == reflect.Slice {
		out.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				out.WriteByte(',')
			}
			pbJSON(v.Index(i), out)
		}
		out.WriteByte(']')
		return
	}
	data, err := json.Marshal(v.Interface())
	if err != nil {
		panic(err)
	}
	out.Write(data)
}

var pbLearnerFrame = regexp.MustCompile(`/box/solution\.go:(\d+)`)

func pbCPU() float64 {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e6
}

func pbCase(index int, args []json.RawMessage) (record string) {
	start := pbCPU()
	defer func() {
		ms := pbCPU() - start
		if failure := recover(); failure != nil {
			line := "null"
			if m := pbLearnerFrame.FindStringSubmatch(string(debug.Stack())); m != nil {
				line = m[1]
			}
			message, _ := json.Marshal(fmt.Sprintf("panic: %v", failure))
			record = fmt.Sprintf(`{"case":%d,"error":%s,"line":%s,"ms":%.3f}`, index, message, line, ms)
			return
		}
		record = strings.Replace(record, `"ms":0`, fmt.Sprintf(`"ms":%.3f`, ms), 1)
	}()
	var out strings.Builder
{{go_call}}
	return fmt.Sprintf(`{"case":%d,"result":%s,"ms":0}`, index, out.String())
}

func main() {
	results, err := os.Create(".pebble-results")
	if err != nil {
		os.Exit(2)
	}
	data, _ := os.ReadFile("cases.json")
	os.Remove("cases.json")
	var cases []struct {
		Args []json.RawMessage `json:"args"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		fmt.Fprintln(os.Stderr, "driver: cannot read the cases:", err)
		os.Exit(2)
	}
	for index, c := range cases {
		fmt.Fprintln(results, pbCase(index, c.Args))
	}
	results.Close()
}
