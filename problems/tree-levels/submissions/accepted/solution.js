/**
 * Breadth-first over an array used as a queue; each row ends where the previous row's children end.
 * @param {TreeNode} root
 * @return {number[][]}
 */
var levelOrder = function(root) {
    const rows = [];
    if (root === null) return rows;
    const queue = [root];
    let start = 0;
    while (start < queue.length) {
        const end = queue.length, row = [];
        for (let i = start; i < end; i++) {
            const node = queue[i];
            row.push(node.val);
            if (node.left) queue.push(node.left);
            if (node.right) queue.push(node.right);
        }
        rows.push(row);
        start = end;
    }
    return rows;
};
