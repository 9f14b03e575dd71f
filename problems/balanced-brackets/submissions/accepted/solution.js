/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    // Pushes the closing bracket each opening one expects.
    const expect = { '(': ')', '[': ']', '{': '}' };
    const stack = [];
    for (const c of s) {
        if (c in expect) stack.push(expect[c]);
        else if (stack.pop() !== c) return false;
    }
    return stack.length === 0;
};
