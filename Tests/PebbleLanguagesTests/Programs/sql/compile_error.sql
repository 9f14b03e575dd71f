SELECT name FROM people;
SELEC name FROM people;
