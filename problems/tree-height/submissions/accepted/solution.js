/**
 * Depth-first with an explicit stack of [node, depth]: no recursion (a chain is 10^5 deep).
 * @param {TreeNode} root
 * @return {number}
 */
var maxDepth = function(root) {
    if (root === null) return 0;
    let best = 0;
    const nodes = [root], depths = [1];
    while (nodes.length) {
        const node = nodes.pop(), d = depths.pop();
        if (d > best) best = d;
        if (node.left) { nodes.push(node.left); depths.push(d + 1); }
        if (node.right) { nodes.push(node.right); depths.push(d + 1); }
    }
    return best;
};
