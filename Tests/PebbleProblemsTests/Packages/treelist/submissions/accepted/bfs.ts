function rightSide(root: TreeNode | null, extra: ListNode | null): ListNode | null {
    let level: TreeNode[] = root ? [root] : [];
    const head = new ListNode();
    let tail = head;
    while (level.length) {
        tail = tail.next = new ListNode(level[level.length - 1].val);
        level = level.flatMap((n) => [n.left, n.right]).filter((c): c is TreeNode => c !== null);
    }
    tail.next = extra;
    return head.next;
}
