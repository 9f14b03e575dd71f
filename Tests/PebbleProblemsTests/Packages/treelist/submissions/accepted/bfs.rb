def right_side(root, extra)
  level = root ? [root] : []
  head = tail = ListNode.new
  until level.empty?
    tail = tail.next = ListNode.new(level.last.val)
    level = level.flat_map { |n| [n.left, n.right] }.compact
  end
  tail.next = extra
  head.next
end
