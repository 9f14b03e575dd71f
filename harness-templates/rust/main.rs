// PebbleCode's function-mode driver for Rust (docs/function-mode.md), rendered for one signature.
// It calls the learner's method once per case with the case's arguments and writes one JSON line
// per case to the results file: the result, or the panic and the learner's line. Expected values
// never enter the box.
#![allow(dead_code, unused_imports, unused_variables, unused_mut, non_snake_case)]

pub struct Solution;

#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: None, right: None }
    }
}

include!("solution.rs");

mod pebble {
    use super::{ListNode, TreeNode};
    use std::cell::RefCell;
    use std::rc::Rc;

    pub enum Json {
        Null,
        Bool(bool),
        Int(i64),
        Double(f64),
        Str(String),
        Array(Vec<Json>),
    }

    impl Json {
        fn items(&self) -> &[Json] {
            match self {
                Json::Array(a) => a,
                _ => &[],
            }
        }
    }

    pub struct Reader<'a> {
        pub t: &'a [u8],
        pub p: usize,
    }

    impl<'a> Reader<'a> {
        fn space(&mut self) {
            while self.p < self.t.len() && self.t[self.p].is_ascii_whitespace() {
                self.p += 1;
            }
        }

        pub fn value(&mut self) -> Json {
            self.space();
            if self.p >= self.t.len() {
                return Json::Null;
            }
            match self.t[self.p] {
                b'[' => {
                    self.p += 1;
                    let mut out = Vec::new();
                    self.space();
                    if self.t[self.p] == b']' {
                        self.p += 1;
                        return Json::Array(out);
                    }
                    loop {
                        out.push(self.value());
                        self.space();
                        let c = self.t[self.p];
                        self.p += 1;
                        if c != b',' {
                            return Json::Array(out);
                        }
                    }
                }
                b'{' => {
                    // {"args": [...]}: the one object the cases use
                    self.p += 1;
                    let mut args = Json::Null;
                    loop {
                        self.space();
                        if self.t[self.p] == b'}' {
                            self.p += 1;
                            return args;
                        }
                        let key = self.value();
                        self.space();
                        self.p += 1; // ':'
                        let v = self.value();
                        if let Json::Str(k) = &key {
                            if k == "args" {
                                args = v;
                            }
                        }
                        self.space();
                        if self.t[self.p] == b',' {
                            self.p += 1;
                        }
                    }
                }
                b'"' => {
                    self.p += 1;
                    let mut out: Vec<u8> = Vec::new();
                    while self.t[self.p] != b'"' {
                        if self.t[self.p] != b'\\' {
                            out.push(self.t[self.p]);
                            self.p += 1;
                            continue;
                        }
                        let e = self.t[self.p + 1];
                        self.p += 2;
                        match e {
                            b'n' => out.push(b'\n'),
                            b't' => out.push(b'\t'),
                            b'r' => out.push(b'\r'),
                            b'b' => out.push(8),
                            b'f' => out.push(12),
                            b'u' => {
                                let hex = std::str::from_utf8(&self.t[self.p..self.p + 4]).unwrap_or("003f");
                                self.p += 4;
                                let c = char::from_u32(u32::from_str_radix(hex, 16).unwrap_or(63)).unwrap_or('?');
                                let mut buf = [0u8; 4];
                                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            }
                            other => out.push(other),
                        }
                    }
                    self.p += 1;
                    Json::Str(String::from_utf8_lossy(&out).into_owned())
                }
                b'n' => {
                    self.p += 4;
                    Json::Null
                }
                b't' => {
                    self.p += 4;
                    Json::Bool(true)
                }
                b'f' => {
                    self.p += 5;
                    Json::Bool(false)
                }
                _ => {
                    let start = self.p;
                    while self.p < self.t.len() && b"+-.eE0123456789".contains(&self.t[self.p]) {
                        self.p += 1;
                    }
                    let text = std::str::from_utf8(&self.t[start..self.p]).unwrap_or("0");
                    match text.parse::<i64>() {
                        Ok(i) => Json::Int(i),
                        Err(_) => Json::Double(text.parse().unwrap_or(0.0)),
                    }
                }
            }
        }
    }

    pub fn quote(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    /// A value the driver reads from JSON and writes back, by type.
    pub trait Value: Sized {
        fn read(j: &Json) -> Self;
        fn json(&self) -> String;
    }

    impl Value for i32 {
        fn read(j: &Json) -> Self { i64::read(j) as i32 }
        fn json(&self) -> String { self.to_string() }
    }
    impl Value for i64 {
        fn read(j: &Json) -> Self {
            match j {
                Json::Int(i) => *i,
                Json::Double(d) => *d as i64,
                _ => 0,
            }
        }
        fn json(&self) -> String { self.to_string() }
    }
    impl Value for f64 {
        fn read(j: &Json) -> Self {
            match j {
                Json::Int(i) => *i as f64,
                Json::Double(d) => *d,
                _ => 0.0,
            }
        }
        fn json(&self) -> String { if self.is_finite() { format!("{:?}", self) } else { "null".into() } }
    }
    impl Value for bool {
        fn read(j: &Json) -> Self { matches!(j, Json::Bool(true)) }
        fn json(&self) -> String { self.to_string() }
    }
    impl Value for String {
        fn read(j: &Json) -> Self {
            match j {
                Json::Str(s) => s.clone(),
                _ => String::new(),
            }
        }
        fn json(&self) -> String { quote(self) }
    }
    impl Value for char {
        fn read(j: &Json) -> Self { String::read(j).chars().next().unwrap_or('\0') }
        fn json(&self) -> String { if *self == '\0' { "\"\"".into() } else { quote(&self.to_string()) } }
    }
    impl<T: Value> Value for Vec<T> {
        fn read(j: &Json) -> Self { j.items().iter().map(T::read).collect() }
        fn json(&self) -> String { format!("[{}]", self.iter().map(|v| v.json()).collect::<Vec<_>>().join(",")) }
    }
    impl Value for Option<Box<ListNode>> {
        fn read(j: &Json) -> Self {
            let mut head = None;
            for v in j.items().iter().rev() {
                head = Some(Box::new(ListNode { val: i32::read(v), next: head }));
            }
            head
        }
        fn json(&self) -> String {
            let mut out = Vec::new();
            let mut n = self;
            while let Some(node) = n {
                out.push(node.val.to_string());
                n = &node.next;
            }
            format!("[{}]", out.join(","))
        }
    }
    impl Value for Option<Rc<RefCell<TreeNode>>> {
        fn read(j: &Json) -> Self {
            let values = j.items();
            if values.is_empty() || matches!(values[0], Json::Null) {
                return None;
            }
            let nodes: Vec<Option<Rc<RefCell<TreeNode>>>> = values
                .iter()
                .map(|v| match v {
                    Json::Null => None,
                    v => Some(Rc::new(RefCell::new(TreeNode::new(i32::read(v))))),
                })
                .collect();
            let mut k = 1;
            for n in nodes.iter().flatten() {
                let mut node = n.borrow_mut();
                node.left = nodes.get(k).cloned().flatten();
                node.right = nodes.get(k + 1).cloned().flatten();
                k += 2;
            }
            nodes[0].clone()
        }
        fn json(&self) -> String {
            let mut out: Vec<String> = Vec::new();
            let mut queue: std::collections::VecDeque<Option<Rc<RefCell<TreeNode>>>> = std::collections::VecDeque::new();
            queue.push_back(self.clone());
            while let Some(n) = queue.pop_front() {
                if out.len() > 2_000_000 {
                    panic!("the returned tree is too large or has a cycle");
                }
                match n {
                    None => out.push("null".into()),
                    Some(n) => {
                        let node = n.borrow();
                        out.push(node.val.to_string());
                        queue.push_back(node.left.clone());
                        queue.push_back(node.right.clone());
                    }
                }
            }
            while out.last().map(|s| s == "null").unwrap_or(false) {
                out.pop();
            }
            format!("[{}]", out.join(","))
        }
    }

    extern "C" {
        fn clock() -> std::os::raw::c_long;
    }

    /// The process's CPU time (C's clock(); CLOCKS_PER_SEC is 10^6 on every POSIX system).
    pub fn cpu_ms() -> f64 {
        unsafe { clock() as f64 / 1000.0 }
    }
}

fn pebble_case(args: &[pebble::Json]) -> String {
    use pebble::Value;
{{rust_call}}
}

fn main() {
    use std::io::Write;
    let mut results = std::fs::File::create(".pebble-results").expect("results file");
    let text = std::fs::read("cases.json").unwrap_or_default();
    let _ = std::fs::remove_file("cases.json");
    let cases = pebble::Reader { t: &text, p: 0 }.value();
    // Where a panic happened, kept by the hook for the record (the default hook's message goes to stderr too).
    let location = std::sync::Arc::new(std::sync::Mutex::new(None::<(String, u32)>));
    let seen = location.clone();
    std::panic::set_hook(Box::new(move |info| {
        if let Some(l) = info.location() {
            *seen.lock().unwrap() = Some((l.file().to_string(), l.line()));
        }
    }));
    let cases = match cases {
        pebble::Json::Array(a) => a,
        _ => Vec::new(),
    };
    for (index, case) in cases.iter().enumerate() {
        let args = match case {
            pebble::Json::Array(a) => a,
            _ => continue,
        };
        let start = pebble::cpu_ms();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pebble_case(args)));
        let ms = pebble::cpu_ms() - start;
        let record = match outcome {
            Ok(result) => format!("{{\"case\":{},\"result\":{},\"ms\":{:.3}}}", index, result, ms),
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                let line = match location.lock().unwrap().take() {
                    Some((file, line)) if file.ends_with("solution.rs") => line.to_string(),
                    _ => "null".into(),
                };
                format!("{{\"case\":{},\"error\":{},\"line\":{},\"ms\":{:.3}}}", index, pebble::quote(&format!("panicked: {}", message)), line, ms)
            }
        };
        let _ = writeln!(results, "{}", record);
    }
}
