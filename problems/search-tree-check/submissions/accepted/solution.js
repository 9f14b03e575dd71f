/**
 * Every node carries the open interval its ancestors allow; null means "no bound on this side",
 * so no sentinel value can collide with a real one. Explicit stack (the tree can be 10^5 deep).
 * @param {TreeNode} root
 * @return {boolean}
 */
var isValidBST = function(root) {
    if (root === null) return true;
    const stack = [[root, null, null]];
    while (stack.length) {
        const [node, low, high] = stack.pop();
        if ((low !== null && node.val <= low) || (high !== null && node.val >= high)) return false;
        if (node.left) stack.push([node.left, low, node.val]);
        if (node.right) stack.push([node.right, node.val, high]);
    }
    return true;
};
