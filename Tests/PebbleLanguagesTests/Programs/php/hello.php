<?php
$name = trim(fgets(STDIN));
echo "hello " . $name . "\n";
