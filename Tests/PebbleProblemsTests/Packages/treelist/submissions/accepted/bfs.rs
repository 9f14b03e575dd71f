use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn right_side(root: Option<Rc<RefCell<TreeNode>>>, extra: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut view = Vec::new();
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while let Some(last) = level.last() {
            view.push(last.borrow().val);
            let mut next = Vec::new();
            for n in &level {
                let n = n.borrow();
                next.extend(n.left.clone());
                next.extend(n.right.clone());
            }
            level = next;
        }
        let mut head = extra;
        for &v in view.iter().rev() {
            head = Some(Box::new(ListNode { val: v, next: head }));
        }
        head
    }
}
