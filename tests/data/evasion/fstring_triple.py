x = f'''
{open('/etc/passwd').read()}
'''
