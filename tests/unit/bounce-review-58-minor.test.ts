// Fact review 58's minor findings: a reply after a full-width colon ("退回：550 …") is read.
import { describe, expect, it } from 'vitest'
import { headline } from '../helpers/bounce-shown'

describe('fact review 58, minor findings', () => {
  it('reads a reply after a full-width colon', () => {
    const result = headline('您好，\n退回：550 5.1.1 User unknown\n收件人：wang@client.cn')
    expect([result?.reply, result?.enhanced, result?.recipient]).toEqual(['550', '5.1.1', 'wang@client.cn'])
  })
})
