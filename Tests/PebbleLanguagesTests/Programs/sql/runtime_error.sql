SELECT name FROM people;
SELECT * FROM missing_table;
