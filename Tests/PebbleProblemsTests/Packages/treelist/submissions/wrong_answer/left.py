def rightSide(root, extra):
    view = []
    node = root
    while node:
        view.append(node.val)
        node = node.left or node.right
    head = extra
    for v in reversed(view):
        head = ListNode(v, head)
    return head
