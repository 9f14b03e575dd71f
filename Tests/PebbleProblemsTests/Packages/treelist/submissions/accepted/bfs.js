var rightSide = function(root, extra) {
    const view = [];
    let level = root ? [root] : [];
    while (level.length) {
        view.push(level[level.length - 1].val);
        level = level.flatMap((n) => [n.left, n.right]).filter(Boolean);
    }
    let head = extra;
    for (let i = view.length - 1; i >= 0; i--) head = new ListNode(view[i], head);
    return head;
};
