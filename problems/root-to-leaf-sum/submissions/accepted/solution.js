/**
 * Breadth-first, carrying the remaining amount down; sums stay below 2^53, so numbers are exact.
 * @param {TreeNode} root
 * @param {number} targetSum
 * @return {boolean}
 */
var hasPathSum = function(root, targetSum) {
    if (root === null) return false;
    const nodes = [root], rest = [targetSum - root.val];
    for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i], r = rest[i];
        if (node.left === null && node.right === null) {
            if (r === 0) return true;
            continue;
        }
        if (node.left) { nodes.push(node.left); rest.push(r - node.left.val); }
        if (node.right) { nodes.push(node.right); rest.push(r - node.right.val); }
    }
    return false;
};
