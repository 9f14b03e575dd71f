<?php
$name = "x"
echo "hello " . $name;
