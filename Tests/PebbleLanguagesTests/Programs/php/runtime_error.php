<?php
function divide($a, $b) {
    return intdiv($a, $b);
}
echo divide(1, strlen(trim(fgets(STDIN))) * 0);
