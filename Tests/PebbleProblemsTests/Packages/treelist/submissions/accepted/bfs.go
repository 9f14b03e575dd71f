func rightSide(root *TreeNode, extra *ListNode) *ListNode {
	var level []*TreeNode
	if root != nil {
		level = append(level, root)
	}
	head := &ListNode{}
	tail := head
	for len(level) > 0 {
		tail.Next = &ListNode{Val: level[len(level)-1].Val}
		tail = tail.Next
		var next []*TreeNode
		for _, n := range level {
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		level = next
	}
	tail.Next = extra
	return head.Next
}
