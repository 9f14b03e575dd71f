class Solution {
    func rightSide(_ root: TreeNode?, _ extra: ListNode?) -> ListNode? {
        var level: [TreeNode] = root.map { [$0] } ?? []
        let head = ListNode()
        var tail = head
        while let last = level.last {
            let node = ListNode(last.val)
            tail.next = node
            tail = node
            level = level.flatMap { [$0.left, $0.right].compactMap { $0 } }
        }
        tail.next = extra
        return head.next
    }
}
