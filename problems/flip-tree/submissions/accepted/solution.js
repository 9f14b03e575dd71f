/**
 * Breadth-first with an index into an array as the queue; swaps the children of every node.
 * @param {TreeNode} root
 * @return {TreeNode}
 */
var flipTree = function(root) {
    if (root === null) return null;
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
        const node = queue[i];
        const t = node.left;
        node.left = node.right;
        node.right = t;
        if (node.left) queue.push(node.left);
        if (node.right) queue.push(node.right);
    }
    return root;
};
