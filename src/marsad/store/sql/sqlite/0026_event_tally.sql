-- What an event's row cannot tell but keeping it up to date needs, one row per fact, so the
-- ordered writer updates an event from the joining report alone instead of re-reading all its
-- reports (store/api.py _refresh_event): the originals it counts ('root': a near-duplicate copy
-- counts as its original), their outlets ('outlet', 'doc:<key>' for a document without one),
-- the ranks of its reports' dates ('date': 0 = a date from the text at day grain ... 9 = none),
-- and whether any report gave a precise figure ('precise'). Filled here from existing reports.
CREATE TABLE event_tally (
    event_id  INTEGER NOT NULL REFERENCES events(event_id),
    what      TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (event_id, what, value)
) WITHOUT ROWID;

INSERT INTO event_tally (event_id, what, value)
SELECT DISTINCT r.event_id, 'root', CAST(rd.doc_key AS TEXT)
FROM reports r JOIN documents d ON d.doc_key = r.doc_key
JOIN documents rd ON rd.doc_key = COALESCE(d.duplicate_of, d.doc_key)
WHERE r.event_id IS NOT NULL;

INSERT INTO event_tally (event_id, what, value)
SELECT DISTINCT r.event_id, 'outlet', COALESCE(o.name, 'doc:' || CAST(rd.doc_key AS TEXT))
FROM reports r JOIN documents d ON d.doc_key = r.doc_key
JOIN documents rd ON rd.doc_key = COALESCE(d.duplicate_of, d.doc_key)
LEFT JOIN outlets o ON o.outlet_id = rd.outlet_id
WHERE r.event_id IS NOT NULL;

-- the rank store/api.py _tally_keys gives a report's date
INSERT INTO event_tally (event_id, what, value)
SELECT DISTINCT event_id, 'date', CAST((CASE WHEN date_source = 'text' AND date_value IS NOT NULL THEN 0 ELSE 5 END)
    + (CASE date_grain WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 WHEN 'year' THEN 3 ELSE 4 END) AS TEXT)
FROM reports WHERE event_id IS NOT NULL;

-- precise: both bounds and high <= precise_ratio * low (data/store/merge.json: 1.5)
INSERT INTO event_tally (event_id, what, value)
SELECT DISTINCT event_id, 'precise', ''
FROM reports WHERE event_id IS NOT NULL AND count_low IS NOT NULL AND count_high IS NOT NULL
    AND count_high <= 1.5 * count_low
