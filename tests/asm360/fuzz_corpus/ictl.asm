         ICTL  1,71,16
* A COMMENT CARD
.* AN INTERNAL MACRO COMMENT
lower    csect
         using lower,15
         la    1,lower
         mvc   0(2,1),=c'ab'
         bct   1,lower
         ex    1,*
         ts    0(1)
         spm   1
         lpr   1,1
         ltorg
         end
