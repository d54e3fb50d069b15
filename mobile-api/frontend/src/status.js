// Which colour a status is shown in: good news green, waiting amber, stopped red, not-for-you grey.
const GOOD = ['GRANTED', 'CLOSED', 'ACCEPTED', 'PAID', 'RESOLVED']
const STOP = ['REJECTED', 'WITHDRAWN', 'EXPIRED', 'DECLINED', 'FAILED']
const GREY = ['NOT_ELIGIBLE', 'CONSENT_REFUSED']
export function tone(status) {
  if (GOOD.includes(status)) return 's-good'
  if (STOP.includes(status)) return 's-stop'
  if (GREY.includes(status)) return 's-bad'
  return 's-wait'
}
