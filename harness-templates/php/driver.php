<?php
// PebbleCode's function-mode driver for PHP (docs/function-mode.md). It requires the learner's
// solution.php, calls their function once per case with the case's arguments, and writes one JSON
// line per case to the results file: the result, or the error and the learner's line. Expected
// values never enter the box: the judge compares outside. One failing case does not hide the others.

$pebbleResults = fopen('.pebble-results', 'w'); // before any learner code runs

class ListNode {
    public $val = 0;
    public $next = null;
    function __construct($val = 0, $next = null) {
        $this->val = $val;
        $this->next = $next;
    }
}

class TreeNode {
    public $val = null;
    public $left = null;
    public $right = null;
    function __construct($val = 0, $left = null, $right = null) {
        $this->val = $val;
        $this->left = $left;
        $this->right = $right;
    }
}

function pebble_decode($value, $type) {
    if ($type === 'ListNode') {
        $head = null;
        foreach (array_reverse($value) as $v) $head = new ListNode($v, $head);
        return $head;
    }
    if ($type === 'TreeNode') {
        if (count($value) === 0 || $value[0] === null) return null;
        $nodes = array_map(fn($v) => $v === null ? null : new TreeNode($v), $value);
        $k = 1;
        foreach ($nodes as $node) {
            if ($node === null) continue;
            $node->left = $nodes[$k++] ?? null;
            $node->right = $nodes[$k++] ?? null;
        }
        return $nodes[0];
    }
    return $value;
}

function pebble_encode($value, $type) {
    if ($type === 'ListNode') {
        $out = [];
        for (; $value !== null; $value = $value->next) {
            $out[] = $value->val;
            if (count($out) > 1000000) throw new RuntimeException('the returned list has a cycle');
        }
        return $out;
    }
    if ($type === 'TreeNode') {
        $out = [];
        $queue = [$value];
        for ($i = 0; $i < count($queue); $i++) {
            $node = $queue[$i];
            if ($node === null) { $out[] = null; continue; }
            $out[] = $node->val;
            $queue[] = $node->left;
            $queue[] = $node->right;
            if (count($out) > 1000000) throw new RuntimeException('the returned tree is too large or has a cycle');
        }
        while (count($out) > 0 && end($out) === null) array_pop($out);
        return $out;
    }
    if (str_ends_with($type, '[]') && is_array($value)) {
        // A list, however its keys ended up (after unset or array_filter).
        $inner = substr($type, 0, -2);
        return array_map(fn($v) => pebble_encode($v, $inner), array_values($value));
    }
    if ($type === 'double' && is_int($value)) return (float)$value;
    return $value;
}

function pebble_line(Throwable $error) {
    if (basename($error->getFile()) === 'solution.php') return $error->getLine();
    foreach ($error->getTrace() as $frame) {
        if (isset($frame['file']) && basename($frame['file']) === 'solution.php') return $frame['line'];
    }
    return null;
}

function pebble_emit($record) {
    global $pebbleResults;
    $json = json_encode($record, JSON_PRESERVE_ZERO_FRACTION | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    if ($json === false) return false;
    fwrite($pebbleResults, $json . "\n");
    fflush($pebbleResults);
    return true;
}

$signature = json_decode(file_get_contents('signature.json'), true);
$cases = json_decode(file_get_contents('cases.json'), true);
unlink('cases.json');
// Uncaught on purpose: a parse error or a top-level throw prints as PHP prints it.
require 'solution.php';

$name = $signature['function'];
// Called directly (no wrapper), so a parameter the learner takes by reference (&$nums) is changed in $args.
$useClass = class_exists('Solution', false) && method_exists('Solution', $name);
if (!$useClass && !function_exists($name)) {
    pebble_emit(['missing' => "solution.php defines no function $name (nor a class Solution with a method $name)"]);
    exit(0);
}
$types = array_map(fn($p) => $p['type'], $signature['params']);
$returns = $signature['returns'];
foreach ($cases as $index => $case) {
    $args = [];
    foreach ($case['args'] as $i => $a) $args[] = pebble_decode($a, $types[$i]);
    $start = getrusage();
    $record = ['case' => $index];
    try {
        $target = $useClass ? [new Solution(), $name] : $name;
        $value = $target(...$args);
        if ($returns === 'void') $value = $args[0];
        $record['result'] = pebble_encode($value, $returns === 'void' ? $types[0] : $returns);
    } catch (Throwable $error) {
        $record['error'] = get_class($error) . ': ' . $error->getMessage();
        $record['line'] = pebble_line($error);
    }
    $end = getrusage();
    $record['ms'] = round((($end['ru_utime.tv_sec'] - $start['ru_utime.tv_sec']) * 1e6 + $end['ru_utime.tv_usec'] - $start['ru_utime.tv_usec']
        + ($end['ru_stime.tv_sec'] - $start['ru_stime.tv_sec']) * 1e6 + $end['ru_stime.tv_usec'] - $start['ru_stime.tv_usec']) / 1000, 3);
    if (!pebble_emit($record)) {
        pebble_emit(['case' => $index, 'error' => "the result is not a $returns: " . get_debug_type($value), 'ms' => $record['ms']]);
    }
}
