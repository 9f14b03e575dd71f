/**
 * @param {ListNode} head
 * @param {number} k
 * @return {ListNode}
 */
var removeKthFromEnd = function(head, k) {
    // Count the nodes, then stop at the node just before the one to drop.
    let length = 0;
    for (let node = head; node !== null; node = node.next) length++;
    const dummy = new ListNode(0, head);
    let before = dummy;
    for (let i = 0; i < length - k; i++) before = before.next;
    before.next = before.next.next;
    return dummy.next;
};
