// Correct: for every node, scans its whole left subtree for the maximum and its right subtree for
// the minimum. On a chain of 10^5 nodes that is about 5*10^9 steps.
class Solution {
    long long largest(TreeNode* node) {
        if (!node) return LLONG_MIN;
        return max({(long long)node->val, largest(node->left), largest(node->right)});
    }
    long long smallest(TreeNode* node) {
        if (!node) return LLONG_MAX;
        return min({(long long)node->val, smallest(node->left), smallest(node->right)});
    }
public:
    bool isValidBST(TreeNode* root) {
        if (!root) return true;
        if (largest(root->left) >= root->val || smallest(root->right) <= root->val) return false;
        return isValidBST(root->left) && isValidBST(root->right);
    }
};
