         TITLE 'PSA - CP''S PAGE 0'
***********************************************************************
* PSA: the first control section of the CP nucleus, linked at real    *
* location 0, so that the hardware's fixed locations and everything   *
* CP's modules share lie in page 0 and are addressed with base        *
* register 0 (maclib PSA describes the fields). CPINIT fills them in; *
* nothing here has an initial value, as an IPL reads the nucleus over *
* whatever was in storage.                                            *
***********************************************************************
         PSA   CSECT
         ORG   PSA+X'1000'    the whole of page 0
         END
