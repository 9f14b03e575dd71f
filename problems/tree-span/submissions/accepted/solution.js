/**
 * Post-order without recursion: collect the nodes top-down, settle them bottom-up.
 * @param {TreeNode} root
 * @return {number}
 */
var diameterOfBinaryTree = function(root) {
    const order = [root];
    for (let i = 0; i < order.length; i++) {
        const node = order[i];
        if (node.left) order.push(node.left);
        if (node.right) order.push(node.right);
    }
    const height = new Map();
    let best = 0;
    for (let i = order.length - 1; i >= 0; i--) {
        const node = order[i];
        const left = node.left ? height.get(node.left) + 1 : 0;
        const right = node.right ? height.get(node.right) + 1 : 0;
        height.set(node, Math.max(left, right));
        best = Math.max(best, left + right);
    }
    return best;
};
