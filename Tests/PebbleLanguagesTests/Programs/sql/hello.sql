SELECT 'hello ' || name AS greeting FROM people ORDER BY id;
