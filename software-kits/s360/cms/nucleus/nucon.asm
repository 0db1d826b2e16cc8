         TITLE 'NUCON - THE NUCLEUS CONSTANT AREA (CMS LOW STORAGE)'
***********************************************************************
* NUCON: the nucleus's first control section, loaded at location 0.   *
* It holds the System/360's fixed locations and the fields every      *
* nucleus module shares (maclib NUCON member, which describes them).  *
* Written for simmon from the CP-67/CMS manuals (CMS PLM GY20-0591,   *
* "nucleus" and "NUCON"), not from IBM's code. Every field starts at  *
* zero: the IPL deck loads this section as binary zeros, and INIT     *
* fills in what it needs.                                             *
***********************************************************************
         NUCON CSECT
         DS    0D
         ORG   NUCON+X'400'   room for fields added later
         END
