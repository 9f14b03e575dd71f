/**
 * @param {ListNode} l1
 * @param {ListNode} l2
 * @return {ListNode}
 */
var addTwoNumbers = function(l1, l2) {
    const dummy = new ListNode();
    let tail = dummy, carry = 0;
    while (l1 !== null || l2 !== null || carry > 0) {
        let sum = carry;
        if (l1 !== null) { sum += l1.val; l1 = l1.next; }
        if (l2 !== null) { sum += l2.val; l2 = l2.next; }
        carry = sum >= 10 ? 1 : 0;
        tail.next = new ListNode(sum % 10);
        tail = tail.next;
    }
    return dummy.next;
};
