-- data driven: insert, update as update, delete
MERGE INTO SALES.CUSTOMERS AS t
USING i2s_stage_customers AS s
ON t.`ID` = s.`ID`
WHEN MATCHED AND s.`ACT` = 1 THEN UPDATE SET t.`NAME` = s.`NAME`, t.`AMOUNT` = s.`AMOUNT`
WHEN MATCHED AND s.`ACT` = 2 THEN DELETE
WHEN NOT MATCHED AND COALESCE(s.`ACT`, 0) NOT IN (1, 2, 3) THEN INSERT (`ID`, `NAME`, `AMOUNT`) VALUES (s.`ID`, s.`NAME`, s.`AMOUNT`)

-- treat source rows as update: update else insert
MERGE INTO SALES.CUSTOMERS AS t
USING i2s_stage_customers AS s
ON t.`ID` = s.`ID`
WHEN MATCHED THEN UPDATE SET t.`NAME` = s.`NAME`, t.`AMOUNT` = s.`AMOUNT`
WHEN NOT MATCHED THEN INSERT (`ID`, `NAME`, `AMOUNT`) VALUES (s.`ID`, s.`NAME`, s.`AMOUNT`)

-- treat source rows as delete
MERGE INTO SALES.CUSTOMERS AS t
USING i2s_stage_customers AS s
ON t.`ID` = s.`ID`
WHEN MATCHED THEN DELETE

-- data driven: update else insert, delete off
MERGE INTO SALES.CUSTOMERS AS t
USING i2s_stage_customers AS s
ON t.`ID` = s.`ID`
WHEN MATCHED AND s.`ACT` = 1 THEN UPDATE SET t.`NAME` = s.`NAME`, t.`AMOUNT` = s.`AMOUNT`
WHEN NOT MATCHED AND COALESCE(s.`ACT`, 0) NOT IN (2, 3) THEN INSERT (`ID`, `NAME`, `AMOUNT`) VALUES (s.`ID`, s.`NAME`, s.`AMOUNT`)
