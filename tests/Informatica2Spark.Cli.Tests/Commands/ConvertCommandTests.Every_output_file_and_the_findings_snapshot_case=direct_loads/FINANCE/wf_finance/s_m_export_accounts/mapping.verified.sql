-- mapping.sql of FINANCE/WF:wf_finance/ST:s_m_export_accounts: the mapping m_export_accounts as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ACCOUNTS as `ACCOUNTS__read` (for SQ_ACCOUNTS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ACCOUNTS (Source Qualifier): reads ACCOUNTS
CREATE OR REPLACE TEMPORARY VIEW `SQ_ACCOUNTS` AS
  SELECT
    `ACCOUNT` AS `SQ_ACCOUNTS.ACCOUNT`,
    `ACCOUNT_NAME` AS `SQ_ACCOUNTS.ACCOUNT_NAME`
  FROM `ACCOUNTS__read`;

-- step 2: ACCOUNTS_OUT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__ACCOUNTS_OUT` AS
  SELECT
    `SQ_ACCOUNTS.ACCOUNT` AS `ACCOUNT_CODE`,
    `SQ_ACCOUNTS.ACCOUNT_NAME` AS `ACCOUNT_NAME`
  FROM `SQ_ACCOUNTS`;
