-- ROW_NUMBER() numbers tied students 1, 2, ...: only one of them keeps number 1.
SELECT class_name, student_name, score
FROM (
  SELECT c.class_name, s.student_name, s.score,
         ROW_NUMBER() OVER (PARTITION BY s.class_id ORDER BY s.score DESC) AS place
  FROM students AS s
  JOIN classes AS c ON c.class_id = s.class_id
)
WHERE place = 1;
